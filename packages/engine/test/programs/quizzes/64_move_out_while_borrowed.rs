fn main() {
    let s = String::from("owned");
    let r = &s;
    let t = s;
    println!("{} {}", r, t);
}
