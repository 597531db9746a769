// Trying to add a sentinel slot to a generic array length.
struct Padded<const N: usize> {
    data: [u8; N + 1],
}

fn main() {
    let p = Padded::<3> { data: [0; 4] };
    println!("{}", p.data.len());
}
