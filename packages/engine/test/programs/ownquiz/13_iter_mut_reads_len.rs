fn main() {
    let mut offsets: Vec<usize> = vec![0, 5, 10];
    for off in offsets.iter_mut() {
        *off += offsets.len();
    }
    println!("{:?}", offsets);
}
