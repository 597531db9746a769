fn main() {
    let r = Ok::<i32, String>(1);
    let s: Result<i32, u8> = r;
    println!("{:?}", s);
}
