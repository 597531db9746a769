// Borrowing two disjoint parts of one slice mutably.
fn bump_halves(data: &mut [i32]) {
    let mid = data.len() / 2;
    let (left, right) = data.split_at_mut(mid);
    for x in left.iter_mut() {
        *x += 100;
    }
    for x in right.iter_mut() {
        *x -= 100;
    }
}

fn main() {
    let mut data = [1, 2, 3, 4, 5, 6, 7, 8];
    bump_halves(&mut data);
    println!("{:?}", data);

    data.swap(0, 7);
    println!("after swap: {:?}", data);

    for chunk in data.chunks(3) {
        println!("chunk {:?} sum {}", chunk, chunk.iter().sum::<i32>());
    }

    let increasing = data.windows(2).filter(|w| w[0] < w[1]).count();
    println!("increasing pairs: {}", increasing);

    let (a, b) = data.split_at_mut(4);
    a[0] = b[0];
    b[3] = a[1];
    println!("final: {:?}", data);

    data.reverse();
    println!("reversed: {:?}", &data[..4]);
}
