fn main() {
    let mut s = String::from("Hello World");

    s.insert(5, ',');
    println!("insert: {}", s);

    s.insert_str(0, ">> ");
    println!("insert_str: {}", s);

    let removed = s.remove(0);
    println!("removed {:?}: {}", removed, s);

    let last = s.pop();
    println!("popped {:?}: {}", last, s);

    s.truncate(8);
    println!("truncate(8): {:?}", s);

    s.retain(|c| c != 'l');
    println!("retain no 'l': {:?}", s);

    s.replace_range(0..2, "[");
    println!("replace_range: {:?}", s);

    let tail = s.split_off(3);
    println!("split_off: {:?} + {:?}", s, tail);

    let drained: String = s.drain(..1).collect();
    println!("drained {:?}, left {:?}", drained, s);

    s.clear();
    println!("cleared: {:?}, is_empty={}", s, s.is_empty());
}
