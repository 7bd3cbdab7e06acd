// libtorch's global state (the random generator seeded by torch.manual_seed, grad mode) is shared
// by every test in the process: seeded tests must not interleave, so tests run one class at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
