use std::mem::size_of;

// Monomorphization: each T gets its own copy of the function,
// and each Wrapper<T> has its own size.
struct Wrapper<T> {
    value: T,
}

fn describe<T>(name: &str) {
    println!("{:<14} {} bytes", name, size_of::<T>());
}

fn main() {
    describe::<u8>("u8");
    describe::<u32>("u32");
    describe::<f64>("f64");
    describe::<char>("char");
    describe::<(u8, u32)>("(u8, u32)");
    describe::<[u16; 5]>("[u16; 5]");
    describe::<Wrapper<u8>>("Wrapper<u8>");
    describe::<Wrapper<u64>>("Wrapper<u64>");
    describe::<Option<Box<i32>>>("Option<Box>");
    describe::<&str>("&str");

    let w = Wrapper { value: 7i16 };
    println!("w holds {} in {} bytes", w.value, size_of::<Wrapper<i16>>());
}
