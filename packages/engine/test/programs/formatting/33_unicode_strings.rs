fn main() {
    let words = ["naïve", "日本語", "Ωmega", "crème brûlée"];
    for w in words {
        println!("{} bytes={} chars={} debug={:?}", w, w.len(), w.chars().count(), w);
    }
    // Width counts chars, not bytes.
    println!("[{:>8}]", "日本");
    println!("[{:<8}]", "naïve");
    println!("[{:^9}]", "Ωmega");
    println!("{:?}", "tab\tand é");
    println!("{:?}", "\u{1F600}");
    println!("{}", "\u{48}\u{49}");
    let s: String = "héllo".chars().rev().collect();
    println!("{}", s);
}
