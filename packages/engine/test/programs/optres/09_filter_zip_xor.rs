fn main() {
    let even = |n: &i32| n % 2 == 0;
    println!("filter: {:?} {:?} {:?}", Some(4).filter(even), Some(3).filter(even), None.filter(even));

    let width = Some(3);
    let height = Some(5);
    let depth: Option<i32> = None;
    println!("zip: {:?}", width.zip(height));
    println!("zip with None: {:?}", width.zip(depth));
    let area = width.zip(height).map(|(w, h)| w * h);
    println!("area: {:?}", area);

    println!("xor: {:?}", Some(1).xor(None));
    println!("xor: {:?}", None.xor(Some(2)));
    println!("xor: {:?}", Some(1).xor(Some(2)));
    println!("xor: {:?}", None::<i32>.xor(None));
}
