fn main() {
    let words = ["one", "three", "fifteen"];
    let longest = "";
    for w in words {
        if w.len() > longest.len() {
            longest = w;
        }
    }
    println!("longest: {}", longest);
}
