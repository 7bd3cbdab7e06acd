Console.WriteLine("tss: not yet implemented");
return 1;
