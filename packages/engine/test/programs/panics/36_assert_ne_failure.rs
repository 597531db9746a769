// assert_ne! fails when both sides are equal.
fn next_id(current: u32) -> u32 {
    if current >= 3 { current } else { current + 1 }
}

fn main() {
    let mut id = 0;
    for _ in 0..5 {
        let new_id = next_id(id);
        assert_ne!(new_id, id);
        println!("id {} -> {}", id, new_id);
        id = new_id;
    }
}
