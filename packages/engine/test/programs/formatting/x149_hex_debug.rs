fn main() {
    println!("{:x?}", vec![10, 255, 16]);
    println!("{:X?}", (171, 205));
    println!("{:#x?}", 255);
}
