// Editing a String in place: insert, insert_str, remove, pop, truncate, clear.
fn main() {
    let mut s = String::from("hllo");
    s.insert(1, 'e');
    println!("after insert: {}", s);

    s.insert_str(0, ">> ");
    println!("after insert_str: {}", s);

    let removed = s.remove(0);
    println!("removed {:?}, now {:?}", removed, s);

    let last = s.pop();
    println!("popped {:?}, now {:?}", last, s);

    s.truncate(3);
    println!("truncated: {:?} (len {})", s, s.len());

    s.clear();
    println!("cleared: {:?} empty={}", s, s.is_empty());

    println!("pop on empty: {:?}", s.pop());

    // remove works on char boundaries and returns the whole char.
    let mut word = String::from("café!");
    let bang = word.pop();
    let e = word.remove(3);
    println!("{:?} {:?} {}", bang, e, word);
}
