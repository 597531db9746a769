// Vectors: growable arrays.
fn main() {
    let collected_iterator: Vec<i32> = (0..10).collect();
    println!("Collected (0..10) into: {:?}", collected_iterator);

    let mut xs = vec![1i32, 2, 3];
    println!("Initial vector: {:?}", xs);
    xs.push(4);
    println!("Vector: {:?}", xs);
    println!("Vector length: {}", xs.len());
    println!("Second element: {}", xs[1]);
    println!("Pop last element: {:?}", xs.pop());

    for x in xs.iter() {
        println!("> {}", x);
    }
    for (i, x) in xs.iter().enumerate() {
        println!("In position {} we have value {}", i, x);
    }
    for x in xs.iter_mut() {
        *x *= 3;
    }
    println!("Updated vector: {:?}", xs);

    xs.insert(0, -1);
    xs.retain(|&x| x != 6);
    xs.extend([10, 20]);
    println!("after insert/retain/extend: {:?}", xs);
    let removed = xs.remove(1);
    println!("removed {}, now {:?}", removed, xs);
    xs.sort_by(|a, b| b.cmp(a));
    println!("descending: {:?}", xs);
    xs.dedup();
    println!("contains 10: {}, capacity >= len: {}", xs.contains(&10), xs.capacity() >= xs.len());
    let chunks: Vec<Vec<i32>> = xs.chunks(2).map(|c| c.to_vec()).collect();
    println!("chunks: {:?}", chunks);
}
