// Declarations only: libFuzzer supplies the definitions at link time.
