fn main() {
    let mut a = [0u8; 4];
    a[1..3].copy_from_slice(&[7, 8]);
    println!("{:?}", a);
    let mut names = vec![String::new(); 2];
    names.clone_from_slice(&[String::from("x"), String::from("y")]);
    println!("{:?}", names);
    let mut b = [1, 2, 3];
    b.copy_from_slice(&[9, 9]);
}
