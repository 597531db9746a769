use std::collections::HashMap;

fn main() {
    let mut playlists: HashMap<String, Vec<String>> = HashMap::new();
    playlists.insert(String::from("rock"), vec![String::from("song A")]);
    playlists.insert(String::from("jazz"), Vec::new());

    let rock = playlists.get("rock").unwrap();
    // push needs &mut Vec, but get only lends &Vec
    rock.push(String::from("song B"));

    println!("rock has {} songs", rock.len());
    println!("jazz has {} songs", playlists["jazz"].len());
    println!("playlists: {}", playlists.len());
}
