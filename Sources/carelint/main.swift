print("carelint: not yet")
