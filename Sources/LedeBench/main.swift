print("lede-bench")
