use std::mem::{align_of, size_of};

fn show<T>(name: &str) {
    println!("{:<5} size {:>2} align {:>2}", name, size_of::<T>(), align_of::<T>());
}

fn main() {
    // On a 64-bit target, alignment usually equals size for primitives
    show::<u8>("u8");
    show::<u16>("u16");
    show::<u32>("u32");
    show::<u64>("u64");
    show::<f32>("f32");
    show::<f64>("f64");
    show::<bool>("bool");
    show::<char>("char");
    show::<usize>("usize");

    let total = align_of::<u8>() + align_of::<u16>() + align_of::<u32>();
    println!("sum of small alignments: {}", total);
}
