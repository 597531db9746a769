fn main() {
    let n = 41;
    let s = String::from("kept");
    let f = move || n + 1;
    let g = || s.len();
    println!("{} {} {} {}", f(), n, g(), s);
}
