FVMConformance.main()
