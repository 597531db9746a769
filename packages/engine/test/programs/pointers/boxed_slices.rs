// Box<[T]>: a Vec's buffer shrunk to its length, owned through a fat pointer (address and length).
fn main() {
    let mut v = Vec::with_capacity(10);
    v.push(1);
    v.push(2);
    v.push(3);
    let b: Box<[i32]> = v.into_boxed_slice();
    println!("{:?} {} {} {}", b, b.len(), b[1], std::mem::size_of::<Box<[i32]>>());
    let squares: Box<[u64]> = (1..=4).map(|x| x * x).collect();
    println!("{:?} {}", squares, squares.iter().sum::<u64>());
    let back: Vec<u64> = squares.into_vec();
    println!("{:?} {} {}", back, back.len(), back.capacity());
    let names: Box<[String]> = vec![String::from("a"), String::from("b")].into_boxed_slice();
    println!("{}", names.join("+"));
    let empty: Box<[u8]> = Vec::new().into_boxed_slice();
    println!("{:?} {}", empty, empty.is_empty());
}
