print("fvm-conformance")
