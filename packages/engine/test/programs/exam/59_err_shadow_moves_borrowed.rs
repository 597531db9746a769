fn main() {
    let name = String::from("Oslo");
    let r = &name;
    let name = name + " Norway";
    println!("{} / {}", r, name);
}
