// Lab 6, exercise 2: Box<[T]> versus Vec<T>.
// into_boxed_slice drops the spare capacity; a boxed slice can never grow.

fn summarize(label: &str, data: &[u16]) {
    let total: u32 = data.iter().map(|&x| x as u32).sum();
    println!("{}: len = {}, sum = {}", label, data.len(), total);
}

fn main() {
    let mut readings: Vec<u16> = Vec::with_capacity(16);
    for i in 0..6 {
        readings.push(i * 7);
    }
    println!("vec: len = {}, capacity = {}", readings.len(), readings.capacity());

    let frozen: Box<[u16]> = readings.into_boxed_slice();
    println!("boxed slice: len = {}", frozen.len());
    summarize("frozen", &frozen);

    // Elements can still be changed in place, only the length is fixed.
    let mut frozen = frozen;
    frozen[0] = 100;
    frozen.reverse();
    println!("after edit: {:?}", frozen);

    // Back to a Vec when we need to grow again.
    let mut thawed = frozen.into_vec();
    println!("thawed: len = {}, capacity = {}", thawed.len(), thawed.capacity());
    thawed.push(1);
    println!("after push: len = {}, capacity = {}", thawed.len(), thawed.capacity());

    let words: Box<[String]> = vec!["heap".to_string(), "stack".to_string()].into_boxed_slice();
    for w in words.iter() {
        println!("word {} has {} bytes", w, w.len());
    }
    let empty: Box<[u16]> = Vec::new().into_boxed_slice();
    summarize("empty", &empty);
}
