print("po-plan")
