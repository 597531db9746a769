fn main() {
    let temps_f = vec![32.0, 50.0, 212.0];
    for t in temps_f.iter_mut() {
        *t = (*t - 32.0) * 5.0 / 9.0;
    }
    println!("{:?}", temps_f);
}
