fn main() {
    let s = String::from("moved");
    let f = move || println!("{}", s);
    f();
    println!("{}", s.len());
}
