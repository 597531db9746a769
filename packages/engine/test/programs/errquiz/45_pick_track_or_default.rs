fn pick(tracks: &[String], fallback: &String, idx: usize) -> &String {
    match tracks.get(idx) {
        Some(t) => t,
        None => fallback,
    }
}

fn main() {
    let tracks = vec![String::from("So What"), String::from("Freddie Freeloader")];
    let fallback = String::from("(radio)");
    println!("{}", pick(&tracks, &fallback, 1));
    println!("{}", pick(&tracks, &fallback, 5));
}
