// split_off and truncate: cutting a vector in two or shortening it.
fn main() {
    let mut deck: Vec<u32> = (1..=10).collect();

    // Everything from index 6 onwards moves into a new vector.
    let bottom = deck.split_off(6);
    println!("top: {:?}", deck);
    println!("bottom: {:?}", bottom);

    // truncate drops the tail, capacity is kept.
    let cap = deck.capacity();
    deck.truncate(3);
    println!("truncated: {:?}, same capacity: {}", deck, deck.capacity() == cap);

    // Truncating to a longer length does nothing.
    deck.truncate(50);
    println!("still: {:?}", deck);

    let mut history = vec!["a", "b", "c", "d", "e"];
    let max_len = 3;
    if history.len() > max_len {
        let dropped = history.len() - max_len;
        history.drain(..dropped);
    }
    println!("recent history: {:?}", history);

    deck.clear();
    println!("cleared: {:?} len={}", deck, deck.len());
}
