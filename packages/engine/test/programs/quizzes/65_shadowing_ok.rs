fn main() {
    let x = 5;
    let r = &x;
    let x = x + 1;
    let x = x * 2;
    println!("{} {}", r, x);
    let s = "text";
    let s = s.len();
    println!("{}", s);
}
