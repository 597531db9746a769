fn main() {
    let s = String::from("kept");
    let _ = s;
    let _t = s;
    println!("{}", s);
}
