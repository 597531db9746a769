fn main() {
    let s = String::from("a");
    let r = &&7u8;
    println!("{:x} {:b} {:e} {:e} {:o}", r, 5, 2.5, 3, 8);
    println!("{:x}", s);
}
