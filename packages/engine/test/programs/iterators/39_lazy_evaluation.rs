// Iterators are lazy: nothing happens until something consumes them.
fn main() {
    let v = vec![1, 2, 3, 4];

    let mapped = v.iter().map(|x| {
        println!("  mapping {}", x);
        x * 10
    });
    println!("map created, nothing printed yet");

    let collected: Vec<i32> = mapped.collect();
    println!("collected {:?}", collected);

    println!("filter then map, interleaved:");
    let result: Vec<i32> = v
        .iter()
        .filter(|x| {
            println!("  filter {}", x);
            *x % 2 == 0
        })
        .map(|x| {
            println!("  map {}", x);
            x + 100
        })
        .collect();
    println!("result {:?}", result);

    println!("find stops early:");
    let found = v.iter().inspect(|x| println!("  looking at {}", x)).find(|&&x| x >= 2);
    println!("found {:?}", found);
}
