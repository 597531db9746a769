fn main() {
    let songs: Vec<String> = vec![
        "Yesterday".to_string(),
        "Help!".to_string(),
        "Let It Be".to_string(),
    ];

    let opener = songs[0];
    println!("Tonight we open with {}", opener);
    println!("Setlist has {} songs", songs.len());
}
