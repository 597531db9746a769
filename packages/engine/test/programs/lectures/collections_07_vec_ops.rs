// Everyday Vec operations.
fn main() {
    let mut v = vec![5, 3, 8, 1, 9, 3, 5, 5, 2];
    println!("start: {:?} (len {}, cap >= len: {})", v, v.len(), v.capacity() >= v.len());

    v.sort();
    println!("sorted: {:?}", v);
    v.dedup();
    println!("dedup: {:?}", v);

    match v.binary_search(&8) {
        Ok(i) => println!("found 8 at {}", i),
        Err(i) => println!("8 would go at {}", i),
    }
    match v.binary_search(&4) {
        Ok(i) => println!("found 4 at {}", i),
        Err(i) => println!("4 would go at {}", i),
    }

    v.insert(3, 4);
    v.retain(|&x| x != 1);
    println!("after insert/retain: {:?}", v);

    let squares: Vec<i32> = v.iter().map(|x| x * x).collect();
    println!("squares: {:?}", squares);
    let (small, big): (Vec<i32>, Vec<i32>) = v.iter().partition(|&&x| x < 5);
    println!("small {:?} big {:?}", small, big);

    v.extend_from_slice(&[10, 11]);
    let drained: Vec<i32> = v.drain(..2).collect();
    println!("drained {:?}, left {:?}", drained, v);

    println!("contains 9: {}, position of 9: {:?}", v.contains(&9), v.iter().position(|&x| x == 9));
    println!("max {:?} min {:?}", v.iter().max(), v.iter().min());
    v.reverse();
    println!("reversed: {:?}", v);
    let mut grid = vec![vec![0; 3]; 2];
    grid[1][2] = 7;
    println!("grid: {:?}", grid);
}
