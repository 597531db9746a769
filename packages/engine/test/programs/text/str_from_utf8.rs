fn main() {
    let bytes = vec![104u8, 105];
    match std::str::from_utf8(&bytes) {
        Ok(s) => println!("ok {}", s),
        Err(e) => println!("err {}", e),
    }
    let bad = [0xffu8, 0x61];
    let r = std::str::from_utf8(&bad);
    println!("{:?}", r.is_err());
    if let Err(e) = r { println!("{}", e); }
}
