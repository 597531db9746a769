fn main() {
    let code: u32 = 72;
    let letter = code as char;
    println!("{} -> {}", code, letter);
}
