fn main() {
    let mut v = vec![1, 2];
    v.resize(5, 0);
    println!("{:?} {}", v, v.capacity());
    v.resize(3, 9);
    println!("{:?} {}", v, v.capacity());
    let mut names: Vec<String> = Vec::new();
    names.resize(3, String::from("?"));
    println!("{:?} {}", names, names.capacity());
    let mut n = 0;
    let mut squares: Vec<u32> = vec![];
    squares.resize_with(4, || { n += 1; n * n });
    println!("{:?}", squares);
    names.resize(1, String::from("unused"));
    println!("{:?}", names);
}
