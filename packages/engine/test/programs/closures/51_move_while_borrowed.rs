fn main() {
    let playlist = vec![String::from("Intro"), String::from("Theme"), String::from("Outro")];
    let count_long = || playlist.iter().filter(|t| t.len() > 5).count();

    let archived = playlist;
    println!("long tracks: {}", count_long());
    println!("archived {} tracks", archived.len());
}
