<#-- META-INF/THIRD-PARTY.txt: one bundled library a line, tab-separated, read by people and by org.arshif.model.BuildInfo
     (arshif --version, Help → About). Licences as the libraries' POMs name them (merged in pom.xml); several are
     joined by "; ". -->
# The libraries bundled in Arshif, from their Maven POMs: name, coordinates, version, licence(s). Tab-separated.
# Their licence and notice texts: META-INF/licenses/ARTIFACT/ (JavaFX: META-INF/licenses/javafx/), META-INF/NOTICE.
<#list dependencyMap as e>
<#assign p = e.getKey()/>
${p.name}	${p.groupId}:${p.artifactId}	${p.version}	${e.getValue()?join("; ")}
</#list>
