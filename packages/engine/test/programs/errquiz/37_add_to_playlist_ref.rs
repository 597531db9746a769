fn add_track(playlist: &Vec<String>, track: &str) {
    if !playlist.iter().any(|t| t == track) {
        playlist.push(track.to_string());
    }
}

fn main() {
    let mut mix = vec![String::from("Teardrop")];
    add_track(&mix, "Angel");
    add_track(&mix, "Teardrop");
    println!("{:?}", mix);
}
