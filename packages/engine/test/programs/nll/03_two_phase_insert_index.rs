// `vec.insert(0, vec[1])` compiles: the index read happens before
// the mutable borrow of `vec` is activated.
fn main() {
    let mut queue = vec![10, 20, 30];
    queue.insert(0, queue[1]);
    println!("after insert: {:?}", queue);

    queue.insert(queue.len() / 2, queue[queue.len() - 1] + 1);
    println!("middle insert: {:?}", queue);

    let mut words = vec!["b".to_string(), "c".to_string()];
    words.insert(0, words[0].replace("b", "a"));
    println!("words: {:?}", words);

    queue.truncate(queue[0] / 10);
    println!("truncated: {:?}", queue);
}
