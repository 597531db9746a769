fn main() {
    let s = String::from("m").clamp(String::from("a"), String::from("k"));
    println!("{} {} {}", s, 15.clamp(0, 10), (2, 'x').clamp((1, 'a'), (3, 'z')).1);
}
