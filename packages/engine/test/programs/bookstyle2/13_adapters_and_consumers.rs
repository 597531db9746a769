// Iterator adapters are lazy; consuming adapters drive them.
fn main() {
    let readings = vec![3, 8, 1, 9, 4, 7];

    let doubled: Vec<i32> = readings.iter().map(|x| x * 2).collect();
    println!("doubled: {:?}", doubled);

    let total: i32 = readings.iter().sum();
    let biggest = readings.iter().max().unwrap();
    let evens = readings.iter().filter(|x| *x % 2 == 0).count();
    println!("sum={} max={} evens={}", total, biggest, evens);

    let labelled: Vec<String> = readings
        .iter()
        .enumerate()
        .skip(1)
        .step_by(2)
        .map(|(i, r)| format!("#{}={}", i, r))
        .collect();
    println!("every other from index 1: {:?}", labelled);

    // Nothing runs until something consumes the iterator.
    let mut visited = 0;
    let lazy = readings.iter().map(|x| {
        visited += 1;
        x + 1
    });
    let firsts: Vec<i32> = lazy.take(2).collect();
    println!("took {:?}, closure ran {} times", firsts, visited);

    let any_big = readings.iter().any(|&x| x > 8);
    let position = readings.iter().position(|&x| x == 9);
    println!("any > 8: {}, position of 9: {:?}", any_big, position);
}
