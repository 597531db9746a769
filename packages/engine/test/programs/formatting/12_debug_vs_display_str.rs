fn main() {
    let words = ["plain", "with \"quotes\"", "tab\there", "line\nbreak", "back\\slash", "it's"];
    for w in words.iter() {
        println!("Display: {}", w);
        println!("Debug:   {:?}", w);
    }
    let s = String::from("café");
    println!("{} {:?}", s, s);
    println!("{:?}", "null\0byte");
    println!("{:?}", "bell\u{7}");
    println!("{:?}", "\r\n");
    println!("{:?}", String::new());
}
