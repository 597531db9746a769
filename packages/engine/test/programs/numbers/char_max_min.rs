fn main() {
    println!("{} {}", char::MAX as u32, char::MIN as u32);
    let c = char::MAX;
    println!("{:?}", c.len_utf8());
}
