use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

struct Graph {
    names: Vec<&'static str>,
    index: HashMap<&'static str, usize>,
    edges: Vec<Vec<(usize, u32)>>,
}

impl Graph {
    fn new() -> Self {
        Graph { names: Vec::new(), index: HashMap::new(), edges: Vec::new() }
    }

    fn node(&mut self, name: &'static str) -> usize {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        self.names.push(name);
        self.edges.push(Vec::new());
        self.index.insert(name, self.names.len() - 1);
        self.names.len() - 1
    }

    fn road(&mut self, a: &'static str, b: &'static str, km: u32) {
        let (i, j) = (self.node(a), self.node(b));
        self.edges[i].push((j, km));
        self.edges[j].push((i, km));
    }

    fn shortest(&self, from: &str, to: &str) -> Option<(u32, Vec<&'static str>)> {
        let start = *self.index.get(from)?;
        let goal = *self.index.get(to)?;
        let n = self.names.len();
        let mut dist = vec![u32::MAX; n];
        let mut prev: Vec<Option<usize>> = vec![None; n];
        let mut heap = BinaryHeap::new();
        dist[start] = 0;
        heap.push(Reverse((0u32, start)));

        while let Some(Reverse((d, u))) = heap.pop() {
            if d > dist[u] {
                continue; // stale entry
            }
            if u == goal {
                break;
            }
            for &(v, w) in &self.edges[u] {
                let nd = d + w;
                if nd < dist[v] {
                    dist[v] = nd;
                    prev[v] = Some(u);
                    heap.push(Reverse((nd, v)));
                }
            }
        }
        if dist[goal] == u32::MAX {
            return None;
        }
        let mut path = vec![self.names[goal]];
        let mut cur = goal;
        while let Some(p) = prev[cur] {
            path.push(self.names[p]);
            cur = p;
        }
        path.reverse();
        Some((dist[goal], path))
    }
}

fn main() {
    let mut g = Graph::new();
    g.road("Amsterdam", "Utrecht", 45);
    g.road("Amsterdam", "Haarlem", 20);
    g.road("Haarlem", "Leiden", 32);
    g.road("Leiden", "The Hague", 18);
    g.road("The Hague", "Rotterdam", 27);
    g.road("Utrecht", "Rotterdam", 57);
    g.road("Utrecht", "Arnhem", 65);
    g.road("Rotterdam", "Breda", 50);
    g.road("Arnhem", "Nijmegen", 19);
    g.node("Texel"); // an island with no roads

    let trips = [
        ("Amsterdam", "Rotterdam"),
        ("Haarlem", "Nijmegen"),
        ("Breda", "Leiden"),
        ("Amsterdam", "Texel"),
        ("Amsterdam", "Paris"),
        ("Utrecht", "Utrecht"),
    ];
    for (a, b) in trips.iter() {
        match g.shortest(a, b) {
            Some((km, path)) => println!("{} -> {}: {} km via {}", a, b, km, path.join(" > ")),
            None => println!("{} -> {}: unreachable", a, b),
        }
    }
    let busiest = (0..g.names.len()).max_by_key(|&i| (g.edges[i].len(), Reverse(g.names[i]))).unwrap();
    println!("most connected: {} ({} roads)", g.names[busiest], g.edges[busiest].len());
}
