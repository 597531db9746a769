fn main() {
    let input = "  42  ";
    let input = input.trim();
    let input: i32 = input.parse().unwrap();
    let x = 5;
    {
        let x = x * 2;
        println!("inner x = {}", x);
    }
    let x = x + 1;
    let spaces = "   ";
    let spaces = spaces.len();
    println!("input = {}, x = {}, spaces = {}", input, x, spaces);
}
