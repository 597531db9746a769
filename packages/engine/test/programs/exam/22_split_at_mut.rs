fn main() {
    let mut temps = [12, 15, 9, 20, 18, 7];
    let (morning, evening) = temps.split_at_mut(3);
    morning[0] += 1;
    evening[0] -= 1;
    std::mem::swap(&mut morning[2], &mut evening[2]);
    println!("morning = {:?}", morning);
    println!("evening = {:?}", evening);
    println!("all = {:?}", temps);
}
